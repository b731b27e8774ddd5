using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ModalRules
{
    private static readonly Remediation Remediation = new("https://modal.com/settings/tokens", "Modal:TokenSecret", "MODAL_TOKEN_SECRET");

    private static readonly string[] Context = { "modal_token", "modal token", "token-secret", "token_secret" };

    // A token's secret: "as-" and 22 letters and digits, next to its id ("ak-") or Modal's names for it. It deploys
    // and runs code on the workspace's GPUs and reads its secrets.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "modal-token-secret",
            "Modal",
            "Modal token secret (as- next to its token id)",
            Patterns.Token("as-[A-Za-z0-9]{22}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
