using System.Runtime.Versioning;

// The app is deployed to Linux and the Bicep CLI these tests run is the linux-x64 build.
[assembly: SupportedOSPlatform("linux")]
