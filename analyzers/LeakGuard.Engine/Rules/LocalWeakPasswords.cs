using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// A weak password (under 8 characters, or digits only) for a service on the developer's own machine guards nothing
/// anyone else can reach; reported in every appsettings.Development.json or .env, it would teach teams to turn the
/// rules off. Each rule writes where the host and the password stand in its own syntax.
/// </summary>
internal static class LocalWeakPasswords
{
    /// <summary>Host names that always mean the developer's machine.</summary>
    public const string Hosts = "(?:localhost|127\\.0\\.0\\.1|host\\.docker\\.internal)";

    /// <summary>A weak password whose characters are anything but <paramref name="excluded"/> (a character class body).</summary>
    public static string Password(string excluded) => "(?:[^" + excluded + "]{1,7}|[0-9]{8,16})";

    /// <summary>An allowlist of the findings whose <paramref name="target"/> matches <paramref name="pattern"/> (case-insensitive).</summary>
    public static Allowlist Where(string pattern, AllowlistTarget target) => Allowlist.OfPatterns(target, "(?i)" + pattern);
}
