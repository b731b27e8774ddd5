using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TodoistRules
{
    private static readonly Remediation Remediation = new("https://app.todoist.com/app/settings/integrations/developer", "Todoist:ApiToken", "TODOIST_API_TOKEN");

    // A Todoist API token: 40 hex digits, given to the client or under its name. It reads and edits every task and project.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "todoist-api-token",
            "Todoist",
            "Todoist API token (40 hex digits)",
            "TodoistAPI(?:Async)?\\([ \t]{0,3}[\"'](?<secret>[0-9a-f]{40})[\"']|" + Patterns.AssignedTo("todoist_?(?:api_?)?(?:token|key)", "[0-9a-f]{40}"),
            new[] { "todoist" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
