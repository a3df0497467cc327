def log = new File(basedir, 'build.log').text
assert log.contains('spotless-maven-plugin')
assert log.contains('The following files had format violations')
assert log.contains('Badly.java')
