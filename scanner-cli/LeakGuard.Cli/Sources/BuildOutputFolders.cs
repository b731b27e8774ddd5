using System;
using System.IO;
using System.Linq;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// The <c>bin</c> and <c>obj</c> folders MSBuild writes beside a project file: every build copies the project's
/// appsettings.json and other content files there, so a key in one would be reported again for each copy.
/// </summary>
internal static class BuildOutputFolders
{
    public static bool IsBuildOutput(DirectoryInfo folder) =>
        folder.Name is "bin" or "obj"
        && folder.Parent is { } project
        && HasProjectFile(project);

    private static bool HasProjectFile(DirectoryInfo folder)
    {
        try
        {
            return folder.EnumerateFiles("*.*proj").Any(f => f.Extension.EndsWith("proj", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
