@echo off
rem cvpress launcher for Windows: runs lib\cvpress.jar of this install (or target\cvpress.jar of a checkout built
rem with `mvn -B package`) with the JVM options bin/cvpress uses, without a startup archive.
rem Environment: CVPRESS_JAVA=C:\path\to\java.exe picks the JVM (else JAVA_HOME, else java on the PATH);
rem CVPRESS_JAVA_OPTS adds JVM options.
setlocal
set "CVPRESS_HOME=%~dp0.."
set "CVPRESS_JAR=%CVPRESS_HOME%\lib\cvpress.jar"
if not exist "%CVPRESS_JAR%" set "CVPRESS_JAR=%CVPRESS_HOME%\target\cvpress.jar"
if not exist "%CVPRESS_JAR%" goto nojar
set "CVPRESS_JAVA_CMD=java"
if defined JAVA_HOME set "CVPRESS_JAVA_CMD=%JAVA_HOME%\bin\java.exe"
if defined CVPRESS_JAVA set "CVPRESS_JAVA_CMD=%CVPRESS_JAVA%"
"%CVPRESS_JAVA_CMD%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn128m -Xms256m -Xmx512m -XX:-UsePerfData %CVPRESS_JAVA_OPTS% -jar "%CVPRESS_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo cvpress: %CVPRESS_HOME%\lib\cvpress.jar is missing; unpack the release archive again, or run `mvn -B package` in a checkout 1>&2
exit /b 1
