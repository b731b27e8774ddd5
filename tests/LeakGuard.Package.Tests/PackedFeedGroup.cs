using Xunit;

namespace LeakGuard.Package.Tests;

[CollectionDefinition(Name)]
public sealed class PackedFeedGroup : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed feed";
}
