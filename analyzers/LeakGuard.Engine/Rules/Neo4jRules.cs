using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Neo4jRules
{
    private static readonly Remediation Remediation = new("https://console.neo4j.io/", "GraphDatabase:Password", "NEO4J_PASSWORD");

    // A Neo4j database password, given to the driver's basic authentication after the user ("neo4j" by default) or in a
    // neo4j:// URI. Aura generates 43 URL-safe characters.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "neo4j-password",
            "Neo4j",
            "Neo4j database password (the driver's basic authentication)",
            "(?:auth[ \t]{0,3}=[ \t]{0,3}\\(|(?i:AuthTokens)\\.(?:basic|Basic)\\(|(?i:neo4j\\.)?auth\\.basic\\()[ \t]{0,3}[\"'][^\"'\\r\\n]{1,40}[\"'][ \t]{0,3},[ \t\\r\\n]{0,20}[\"'](?<secret>[^\"'\\s]{8,100})[\"']|neo4j(?:\\+s|\\+ssc)?://[^:/@\\s\"'{}$<>]{1,40}:(?<secret>[^:/@\\s\"'{}$<>]{8,100})@",
            new[] { "neo4j", "AuthTokens." },
            Remediation)
        {
            MinEntropy = 3,
            Confidence = Confidence.Medium,
            IsPlausible = value => !DemoPasswords.Contains(value) && !Plausibility.IsConstantName(value),
            MadeLocally = true,
        },
    };
}
