#!/usr/bin/env python3
"""Checks that a native image would let Jackson and Hibernate see every type they need.

Reads the reflection configuration Quarkus wrote for the native image
(target/native-sources/*-runner.jar, made by `./mvnw package -Dnative -Dquarkus.native.sources-only=true`)
and fails when a request, response or entity type, a resource, or a type the services write as JSON, is missing.
"""
import glob
import json
import os
import sys
import zipfile

# Every feature's wire types and entities, and its resources (ClientFilter reads their methods by reflection).
CLASSES = ("org/lotteryengine/*/rest/dto/*.class", "org/lotteryengine/*/repository/entity/*.class",
           "org/lotteryengine/*/rest/*Resource.class")
# Not serialised or mapped: constants and the registration class itself.
NOT_TYPES = ("NativeReflection", "PostgresArrays")
ALSO = ("org.lotteryengine.generation.ops.SessionCleanupJob$Report", "org.lotteryengine.draws.ops.PatternRefreshJob$Report",
        # Status-stream events: written by the services, in no REST signature.
        "org.lotteryengine.generation.service.SessionEvent")

jars = glob.glob("target/native-sources/*-runner.jar")
if len(jars) != 1:
    sys.exit("[ci] no native sources: run ./mvnw package -Dnative -Dquarkus.native.sources-only=true first")
registered = {entry["name"] for entry in json.loads(zipfile.ZipFile(jars[0]).read("META-INF/native-image/reflect-config.json"))}

needed = set()
for pattern in CLASSES:
    for path in glob.glob("target/classes/" + pattern):
        name = path[len("target/classes/"):-len(".class")].replace("/", ".")
        if not name.endswith("_") and name.rsplit(".", 1)[1] not in NOT_TYPES:
            needed.add(name)
for name in ALSO:
    needed.add(name)
    prefix = "target/classes/" + name.replace(".", "/") + "$"
    needed.update(p[len("target/classes/"):-len(".class")].replace("/", ".") for p in glob.glob(prefix + "*.class"))

missing = sorted(needed - registered)
if missing:
    sys.exit("[ci] not registered for reflection in the native image:\n  " + "\n  ".join(missing))
print(f"[ci] native image reflection: all {len(needed)} JSON and entity types registered")
