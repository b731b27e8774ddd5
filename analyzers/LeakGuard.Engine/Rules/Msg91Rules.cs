using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Msg91Rules
{
    private const string Key = "[0-9]{6}A[A-Za-z0-9]{16,21}";

    private static readonly Remediation Remediation = new("https://control.msg91.com/app/", "Sms:AuthKey", "MSG91_AUTH_KEY");

    // An MSG91 auth key: six digits, 'A' and 16 to 21 letters and digits, on an msg91.com URL or under its name. It sends
    // SMS on the account's balance.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "msg91-auth-key",
            "MSG91",
            "MSG91 auth key (digits, A and 16-21 characters)",
            Patterns.QueryParameter("(?:api|control)\\.msg91\\.com/", "authkey", Key) + "|" + Patterns.AssignedTo("msg91_?auth_?key", Key),
            new[] { "msg91" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
