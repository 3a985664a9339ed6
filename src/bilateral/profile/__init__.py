"""Profiles of pairs of states: assembly from the knowledge base and renderers."""

from bilateral.profile.assemble import assemble_profile, resolve_pair
from bilateral.profile.compare import Comparison, compare
from bilateral.profile.model import Profile

__all__ = ["Comparison", "Profile", "assemble_profile", "compare", "resolve_pair"]
