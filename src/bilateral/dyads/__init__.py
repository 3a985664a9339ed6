"""bilateral.dyads"""
