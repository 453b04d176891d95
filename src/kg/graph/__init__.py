"""Graphs: networkx projections, relationship analysis, paths and interactive views."""
