using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RobloxRules
{
    private static readonly Remediation Remediation = new("https://www.roblox.com/my/account#!/security", "Roblox:Cookie", "ROBLOX_COOKIE");

    // The .ROBLOSECURITY session cookie, which starts with Roblox's own warning not to share it: whoever has it is signed
    // in as the user, with their Robux and items.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "roblox-security-cookie",
            "Roblox",
            "Roblox .ROBLOSECURITY session cookie",
            "_\\|WARNING:-DO-NOT-SHARE-THIS\\.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items\\.\\|_(?<secret>[A-Za-z0-9._+/=-]{100,})",
            new[] { "DO-NOT-SHARE-THIS" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
