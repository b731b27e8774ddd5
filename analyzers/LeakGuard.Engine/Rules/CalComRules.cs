using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CalComRules
{
    private static readonly Remediation Remediation = new("https://app.cal.com/settings/developer/api-keys", "CalCom:ApiKey", "CAL_API_KEY");

    // A live API key of the scheduling platform: "cal_live_" and 32 characters. It reads and books the user's
    // calendar, with attendees' names and email addresses.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "calcom-api-key",
            "Cal.com",
            "Cal.com live API key",
            Patterns.Token("cal_live_[A-Za-z0-9]{32}"),
            new[] { "cal_live_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
