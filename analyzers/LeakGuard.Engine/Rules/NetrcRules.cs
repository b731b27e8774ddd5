using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NetrcRules
{
    private static readonly Remediation Remediation = new("https://everything.curl.dev/usingcurl/netrc.html", "Netrc:Password", "NETRC_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password (or revoke the token) for that machine: it is in every clone of the repository.",
            "Keep the .netrc in your home folder, out of the repository, or have the tool read the credential from the environment.",
        },
    };

    // A .netrc entry (curl, git over HTTPS, ftp, pip, Heroku's CLI): "machine HOST login USER password PASS", on one
    // line or over several. The file holds nothing but credentials, so any value that is not a demo password counts.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "netrc-password",
            "netrc",
            "Password or token of a machine in a .netrc file",
            "(?:^|[ \\t\\r\\n])machine[ \\t]+[^\\s]{1,253}(?:[ \\t\\r\\n]+login[ \\t]+[^\\s]{1,128})?[ \\t\\r\\n]+password[ \\t]+(?<secret>[^\\s\"'$%{<][^\\s]{3,199})(?:[ \\t\\r\\n]|$)",
            new[] { "machine" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.5,
            IsPlausible = PasswordValue.IsNoName,
            MadeLocally = true,
        },
    };
}
