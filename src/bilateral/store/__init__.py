"""bilateral.store"""
