using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests;

/// <summary>One Azurite for the tests that store, and the snapshot runs they share (<see cref="SnapshotRuns"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteServer>, ICollectionFixture<SnapshotRuns>
{
    public const string Name = "azurite";
}
