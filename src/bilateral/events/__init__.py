"""bilateral.events"""
