@echo off
rem knots launcher for Windows: builds the jar on first use, then runs it with the start-up flags
rem of bin/knots (without its class-data archive). Arguments and the exit code pass through.
rem After changing the sources, delete target\knots.jar (or run mvn package) to rebuild.
setlocal
set "KNOTS_ROOT=%~dp0.."
set "KNOTS_JAR=%KNOTS_ROOT%\target\knots.jar"

set "KNOTS_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "KNOTS_JAVA=%JAVA_HOME%\bin\java.exe"
if not "%KNOTS_JAVA%"=="java" goto have_java
where java >nul 2>nul
if not errorlevel 1 goto have_java
echo knots: Java 17 or newer is needed: install a JDK 17+ and put it on PATH, or set JAVA_HOME. 1>&2
exit /b 1
:have_java

if exist "%KNOTS_JAR%" goto run
where mvn >nul 2>nul
if not errorlevel 1 goto build
echo knots: Maven 3.8+ is needed to build knots the first time: install it and put mvn on PATH. 1>&2
exit /b 1
:build
echo building knots... 1>&2
pushd "%KNOTS_ROOT%"
rem mvn is a batch file itself: without "call" it would never come back here
call mvn -q -B -DskipTests package
set "KNOTS_BUILD=%ERRORLEVEL%"
popd
if "%KNOTS_BUILD%"=="0" if exist "%KNOTS_JAR%" goto run
echo knots: the build failed; see the output above. 1>&2
exit /b 1

:run
rem Same flags as bin/knots: C1 only and SerialGC with a heap cap start fastest.
"%KNOTS_JAVA%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmx128m -Xss1m -XX:-UsePerfData -Dknots.cds=off -jar "%KNOTS_JAR%" %*
exit /b %ERRORLEVEL%
