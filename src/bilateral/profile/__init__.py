"""bilateral.profile"""
