"""bilateral.sources"""
