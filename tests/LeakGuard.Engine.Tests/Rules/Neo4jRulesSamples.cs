using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Neo4jRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.UrlSafe, 43, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("neo4j-password", "the Python driver", $"driver = GraphDatabase.driver(\"neo4j+s://" + FakeKey.Random(FakeKey.Hex, 8, 2) + $".databases.neo4j.io\", auth=(\"neo4j\", \"{Password}\"))", Password)
        .FindsIn("neo4j-password", "the .NET driver", $"var driver = GraphDatabase.Driver(\"neo4j+s://db.example.net\", AuthTokens.Basic(\"neo4j\", \"{Password}\"));", Password)
        .FindsIn("neo4j-password", "a URI", $"NEO4J_URI=neo4j+s://neo4j:{Password}@db.example.net:7687", Password)
        .Ignores("neo4j-password", "a demo password", "driver = GraphDatabase.driver(\"bolt://localhost:7687\", auth=(\"neo4j\", \"password\"))")
        .Ignores("neo4j-password", "a template's hole in a URI", "NEO4J_URI=neo4j+s://neo4j:{Password}@db.example.net:7687");
}
