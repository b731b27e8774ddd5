using System.Resources;

namespace LeakGuard.Analyzers;

/// <summary>The user-visible strings in <c>Resources.resx</c> and its translations.</summary>
internal static class Resources
{
    public static ResourceManager ResourceManager { get; } = new("LeakGuard.Analyzers.Resources", typeof(Resources).Assembly);
}
