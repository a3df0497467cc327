// The BOM chose the versions: both modules resolved at the reactor's version.
def listed = new File(basedir, 'target/dependencies.txt').text
assert listed.contains("dev.lockstep:lockstep-engine:jar:${lockstepVersion}:compile")
assert listed.contains("dev.lockstep:lockstep-server:jar:${lockstepVersion}:compile")
assert new File(basedir, 'target/classes/com/example/UsesLockstep.class').isFile()
