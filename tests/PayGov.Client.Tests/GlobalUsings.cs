global using System.Net;
global using PayGov.Client.Tests.Fixtures;
