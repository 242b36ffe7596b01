# SPDX-License-Identifier: GPL-3.0-or-later
# Offline bundles: the engine fetches what plan::bundleList() names.
target_sources(dlstack_engine PRIVATE bundler.h bundler.cpp)
