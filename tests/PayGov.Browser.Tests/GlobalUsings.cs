global using System.Net;
global using System.Text.Json;
global using PayGov.Gateway.Tests.Fixtures;
