using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Storage;

/// <summary>
/// The embedded default's demo credentials live in small files beside the SQLite file, so every start of the same
/// data folder prints the same ones; deleting the data folder forgets them with the data they open.
/// </summary>
public sealed class DemoSecrets(IOptions<StorageOptions> storageOptions)
{
    public async Task<string?> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = PathOf(fileName);
        return File.Exists(path) ? (await File.ReadAllTextAsync(path, cancellationToken)).Trim() : null;
    }

    public async Task<string> SaveAsync(string fileName, string secret, CancellationToken cancellationToken)
    {
        // Readable by the gateway's own user only: the file holds a password or a key.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new StreamWriter(PathOf(fileName), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        await file.WriteLineAsync(secret.AsMemory(), cancellationToken);
        return secret;
    }

    private string PathOf(string fileName) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storageOptions.Value.SqlitePath))!, fileName);
}
