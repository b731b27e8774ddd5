using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FriendliRules
{
    private static readonly Remediation Remediation = new("https://friendli.ai/suite/setting/tokens", "Friendli:Token", "FRIENDLI_TOKEN");

    // A personal access token: "flp_" and 46 letters and digits. Inference is billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "friendli-token",
            "FriendliAI",
            "FriendliAI personal access token",
            Patterns.Token("flp_[A-Za-z0-9]{46}"),
            new[] { "flp_" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => !Plausibility.IsMostlyWords(value.Substring("flp_".Length)),
        },
    };
}
