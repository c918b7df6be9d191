using PayGov.Gateway.Cli;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// <c>treasury users create --username U --role accountant|supervisor</c> and <c>treasury users reset-password --username U</c>.
/// The password is read from <see cref="PasswordVariable"/> or, when that is unset, from the first line of standard
/// input; never from an argument, which other users of the machine could read in the process list.
/// </summary>
public static class TreasuryCommands
{
    public const string PasswordVariable = "PAYGOV_TREASURY_PASSWORD";

    public static async Task<int> RunAsync(TreasuryUserService users, string[] args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length < 2 || args[0] != "users" || args[1] is not ("create" or "reset-password"))
        {
            throw new CommandLineException("Use 'treasury users create' or 'treasury users reset-password'.");
        }

        var options = new CommandArguments(args[2..], new HashSet<string>(StringComparer.Ordinal));
        if (options.Optional("password") is not null)
        {
            throw new CommandLineException($"Never pass a password as an argument: set {PasswordVariable} or write it to standard input.");
        }

        var username = options.Required("username");
        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : await input.ReadLineAsync(cancellationToken) ?? "";
        if (args[1] == "create")
        {
            var role = TreasuryRoleNames.Parse(options.Required("role"))
                ?? throw new CommandLineException("--role is accountant or supervisor.");
            var created = await users.CreateAsync(username, role, password, cancellationToken);
            if (!created.IsSuccess)
            {
                throw new CommandLineException(created.Error.Detail);
            }

            await output.WriteLineAsync($"Treasury user '{created.Value.Username}' ({created.Value.Id}) created as {role.ToWire()}.");
            return 0;
        }

        var reset = await users.ResetPasswordAsync(username, password, cancellationToken);
        if (!reset.IsSuccess)
        {
            throw new CommandLineException(reset.Error.Detail);
        }

        await output.WriteLineAsync($"Treasury user '{reset.Value.Username}' has a new password; their sessions have ended.");
        return 0;
    }
}
