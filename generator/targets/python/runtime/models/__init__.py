"""Stands in for the SDK's generated ``models`` package index; never copied."""
