using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DockerSwarmRules
{
    private static readonly Remediation Remediation = new("https://docs.docker.com/engine/swarm/swarm-tutorial/add-nodes/", "DockerSwarm:JoinToken", "SWARM_JOIN_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A join token lets any machine join the swarm as a worker or a manager (docker swarm join-token --rotate).
        new SecretRule(
            "docker-swarm-join-token",
            "Docker",
            "Docker Swarm join token (SWMTKN-1-)",
            Patterns.Token("SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}"),
            new[] { "SWMTKN-1-" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
        },

        // The key that decrypts a locked swarm's Raft logs and TLS keys.
        new SecretRule(
            "docker-swarm-unlock-key",
            "Docker",
            "Docker Swarm unlock key (SWMKEY-1-)",
            Patterns.Token("SWMKEY-1-[A-Za-z0-9+/]{43}", Patterns.Base64),
            new[] { "SWMKEY-1-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
