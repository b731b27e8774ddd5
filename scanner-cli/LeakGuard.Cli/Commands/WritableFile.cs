using System.IO;

namespace LeakGuard.Cli.Commands;

/// <summary>
/// A file a command will write once its scan is done, checked before the scan starts (it may run for minutes): a
/// report or baseline with nowhere to go would be lost at the end.
/// </summary>
internal static class WritableFile
{
    /// <summary>What keeps <paramref name="file"/> from being written, or null.</summary>
    public static string? Problem(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        if (Directory.Exists(file.FullName))
        {
            return $"{file} is a folder; name a file";
        }

        return Directory.Exists(file.DirectoryName) ? null : $"no such folder: {file.DirectoryName}";
    }
}
