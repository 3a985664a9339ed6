"""bilateral.countries"""
