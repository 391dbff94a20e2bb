@echo off
rem cvpress launcher for Windows: runs lib\cvpress.jar of this install (or target\cvpress.jar of a checkout built
rem with `mvn -B package`) with the JVM options bin/cvpress uses for the kind of work (one resume; a batch: `build`
rem or several files or a pattern; a process that stays: --watch or `preview`), without a startup archive.
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
rem The kind of work, from the arguments (SHIFT leaves %* as it was): see bin/cvpress for the measured reasons.
set "CVPRESS_JOB=one"
set "CVPRESS_FIRST=1"
set "CVPRESS_INPUTS=0"
set "CVPRESS_SKIP="
:scan
if "%~1"=="" goto scanned
if defined CVPRESS_SKIP (set "CVPRESS_SKIP=" & goto next)
if /i "%~1"=="--watch" (set "CVPRESS_JOB=watch" & goto scanned)
if /i "%~1"=="-o" (set "CVPRESS_SKIP=1" & goto next)
if /i "%~1"=="--output" (set "CVPRESS_SKIP=1" & goto next)
set "CVPRESS_ARG=%~1"
if "%CVPRESS_ARG:~0,1%"=="-" goto next
if defined CVPRESS_FIRST (
  if /i "%~1"=="build" set "CVPRESS_JOB=batch"
  if /i "%~1"=="preview" (set "CVPRESS_JOB=watch" & goto scanned)
  for %%c in (check convert init themes extract schema completion help) do if /i "%~1"=="%%c" goto scanned
)
echo(%CVPRESS_ARG%| findstr /r "[*?]" >nul && set /a CVPRESS_INPUTS+=2
for %%e in (.md .markdown .mdown .txt .json .yaml .yml .zip) do if /i "%~x1"=="%%e" set /a CVPRESS_INPUTS+=1
:next
set "CVPRESS_FIRST="
shift
goto scan
:scanned
if %CVPRESS_INPUTS% GEQ 2 if "%CVPRESS_JOB%"=="one" set "CVPRESS_JOB=batch"
set "CVPRESS_JOB_OPTS=-XX:TieredStopAtLevel=1 -Xmn24m -Xms64m"
if "%CVPRESS_JOB%"=="batch" set "CVPRESS_JOB_OPTS=-XX:TieredStopAtLevel=1 -Xmn48m -Xms128m"
if "%CVPRESS_JOB%"=="watch" set "CVPRESS_JOB_OPTS=-Xmn64m -Xms128m"
"%CVPRESS_JAVA_CMD%" -XX:+UseSerialGC -Xmx512m -XX:-UsePerfData %CVPRESS_JOB_OPTS% %CVPRESS_JAVA_OPTS% -jar "%CVPRESS_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo cvpress: %CVPRESS_HOME%\lib\cvpress.jar is missing; unpack the release archive again, or run `mvn -B package` in a checkout 1>&2
exit /b 1
