using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DroneCiRules
{
    private static readonly Remediation Remediation = new("https://docs.drone.io/cli/setup/", "Drone:Token", "DRONE_TOKEN");

    // Also the clients' names (drone-go's drone.NewClient, the Python client, Terraform's provider): not "drone" alone,
    // which hobby and DJI drone code is full of.
    private static readonly string[] Context = { "droneci", "drone_token", "drone-token", "drone_server", "drone.newclient", "drone-go", "provider \"drone\"", "drone.client(", "dronetoken", "droneserver", "drone_host" };

    // A personal token of a Drone server (32 letters and digits) runs and reads builds and their secrets.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "droneci-access-token",
            "Drone CI",
            "Drone CI personal token (32 letters and digits next to DRONE_TOKEN)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
