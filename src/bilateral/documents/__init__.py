"""bilateral.documents"""
