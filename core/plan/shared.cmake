# SPDX-License-Identifier: GPL-3.0-or-later
# What the wizard and the CLI both ask the plan module for: build-option defaults, the
# activation command, the preflight check, the Docker base images and the bundle list.
target_sources(dlstack_plan PRIVATE
    builddefaults.h builddefaults.cpp
    activation.h activation.cpp
    preflight.h preflight.cpp
    export/dockerimages.h export/dockerimages.cpp
    bundlelist.h bundlelist.cpp
    networkneeds.h networkneeds.cpp
)
