"""bilateral.extract"""
