using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SecureStringRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview", "Deployment:Password", "DEPLOYMENT_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password of the account or application it signs in as: it is in every clone of the repository.",
            "Read it at run time instead: Get-Secret (SecretManagement), a key vault, or the CI's secret variables, passed in as a SecureString parameter.",
        },
    };

    // A literal: single-quoted, or double-quoted with no $ (PowerShell would put a variable's value there).
    private const string Literal = "(?:\"(?<secret>[^\"$`\\r\\n]{4,128})\"|'(?<secret>[^'\\r\\n]{4,128})')";

    // A password a PowerShell script turns into a SecureString from plain text, to create an account or an application's
    // credential with or to sign in: ConvertTo-SecureString "…" -AsPlainText -Force, the switches in either order.
    // Without -AsPlainText the string is an encrypted one that only its user on its machine can read.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "powershell-plaintext-password",
            "PowerShell",
            "Password written in a script as plain text for ConvertTo-SecureString -AsPlainText",
            "(?i)ConvertTo-SecureString[ \\t]+(?:-String[ \\t]+)?" + Literal + "[ \\t]+(?:-Force[ \\t]+)?-AsPlainText"
            + "|ConvertTo-SecureString[ \\t]+-AsPlainText[ \\t]+(?:-Force[ \\t]+)?(?:-String[ \\t]+)?" + Literal,
            new[] { "ConvertTo-SecureString" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2,
            IsPlausible = value => !DemoPasswords.Contains(value) && !Plausibility.IsConstantName(value),
            MadeLocally = true,
        },
    };
}
