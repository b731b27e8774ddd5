using System;
using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class NpmrcRules
{
    private static readonly Remediation Remediation = new("https://docs.npmjs.com/revoking-access-tokens", "Npm:Token", "NPM_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "npmrc-auth-token",
            "npm",
            "Registry auth token in an .npmrc file (_authToken)",
            "_authToken[ \\t]{0,3}=[ \\t]{0,3}[\"']?(?<secret>[A-Za-z0-9_.+/=-]{19,199}[A-Za-z0-9_+/=-])\\.?(?:$|[^A-Za-z0-9_.+/=-])",
            new[] { "_authToken" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },

        // Basic authentication for a registry: "_auth" holds base 64 of "user:password", "_password" base 64 of the
        // password alone (with "username" beside it; Azure Artifacts puts a personal access token there).
        new SecretRule(
            "npmrc-basic-auth",
            "npm",
            "Registry password in an .npmrc file (_auth or _password)",
            "(?:^|[\\s:\"'`])(?:_auth|_password)[ \\t]{0,3}=[ \\t]{0,3}[\"']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?:$|[^A-Za-z0-9+/=])",
            new[] { "_auth", "_password" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = IsRegistryCredential,
        },
    };

    // The decoded value: "user:password" (_auth) or the password (_password), printable, neither a demo password nor a
    // variable.
    private static bool IsRegistryCredential(string value)
    {
        if (UnpaddedBase64.Decode(value) is not { } decoded || !decoded.All(c => c >= ' ' && c < '\u007f'))
        {
            return false;
        }

        var password = decoded.Substring(decoded.IndexOf(':') + 1);
        return password.Length >= 6 && !DemoPasswords.Contains(password) && password.IndexOf("${", StringComparison.Ordinal) < 0;
    }
}
