using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RedisRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 20, 1) + "!";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("redis-connection-password", "appsettings.json", $"\"ConnectionStrings\": {{ \"Redis\": \"cache.contoso.net:6380,ssl=true,password={Password},abortConnect=false\" }}", Password)
        .FindsIn("redis-connection-password", "ConnectionMultiplexer.Connect", $"var redis = ConnectionMultiplexer.Connect(\"10.1.0.7:6379,password={Password}\");", Password)
        .FindsIn("redis-connection-password", "two endpoints, .env", $"REDIS=redis-a:6379,redis-b:6379,serviceName=main,password={Password}", Password)
        .FindsIn("redis-connection-password", "JSON inside a C# string: the escaped quote ends the value", $"var json = \"{{\\\"Redis\\\": \\\"cache:6379,password={Password}\\\"}}\";", Password)
        .FindsIn("redis-config-password", "redis.conf's requirepass", $"bind 0.0.0.0\nprotected-mode yes\nrequirepass {Password}\nmaxmemory 256mb\n", Password)
        .FindsIn("redis-config-password", "a replica's masterauth, quoted", $"replicaof 10.0.0.4 6379\nmasterauth \"{Password}\"\n", Password)
        .Ignores("redis-config-password", "redis.conf's commented example and a demo password", "# requirepass foobared\nrequirepass changeme\n")
        .Ignores("redis-config-password", "prose about the directive", "Set requirepass in redis.conf to enable authentication.")
        .Ignores("redis-connection-password", "a placeholder", "\"Redis\": \"localhost:6379,password={REDIS_PASSWORD}\"")
        .Ignores("redis-connection-password", "a token a deployment task replaces", "public const string LocalRedis = \"cache.internal:6379,password=__REDIS_PASSWORD__\";")
        .FindsIn("redis-config-password", "a compose file's redis-server command list", $"services:\n  cache:\n    image: redis:7\n    command: [\"redis-server\", \"--requirepass\", \"{Password}\"]\n", Password)
        .FindsIn("redis-config-password", "redis-server's flag in a shell line", $"redis-server --appendonly yes --requirepass {Password} --port 6380\n", Password)
        .Ignores("redis-config-password", "the flag given a variable", "command: redis-server --requirepass ${REDIS_PASSWORD}\n")
        .Ignores("redis-connection-password", "a default password", "\"Redis\": \"localhost:6379,password=redis\"")
        .Ignores("redis-connection-password", "a weak password for the local Redis", "\"Redis\": \"localhost:6379,abortConnect=false,password=Sun4ny\"")
        .FindsIn("redis-connection-password", "a strong password on localhost is still reported", $"\"Redis\": \"localhost:6379,password={Password}\"", Password)
        .Ignores("redis-connection-password", "no endpoint before the options", "log: retries=3,password=orange-harbour-lantern");
}
