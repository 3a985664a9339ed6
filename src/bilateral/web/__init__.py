"""bilateral.web"""
