namespace PayGov.Gateway.Cli;

/// <summary>An operator command was called with the wrong words; its message says which.</summary>
public sealed class CommandLineException(string message) : Exception(message);
