def log = new File(basedir, 'build.log').text
assert log.contains('Dependency convergence error for org.slf4j:slf4j-api')
assert log.contains('DependencyConvergence failed')
