#!/bin/sh
# rebuilds part IF's converted fixtures (needs Debian's opencc); deterministic
cd "$(dirname "$0")" && python3 build.py
