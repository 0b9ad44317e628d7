import Foundation
import SyncStore
import TestSupport
import Testing

struct SmaregiTokenRepositoryTests {
    @Test func aTokenIsReadBackOnlyUnderTheKeyItWasSavedWith() throws {
        let tokens = SmaregiTokenRepository(database: try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"]))
        let expiry = StoreFixtures.referenceDate.addingTimeInterval(3600)

        try tokens.save(
            store: "shop-a",
            key: "idp|sb_a|client|scopes",
            accessToken: "token-1",
            expiresAt: expiry,
            at: Date()
        )

        let stored = try tokens.token(store: "shop-a", key: "idp|sb_a|client|scopes")
        #expect(stored?.accessToken == "token-1")
        #expect(stored?.expiresAt == expiry)
        #expect(try tokens.token(store: "shop-a", key: "idp|sb_a|other-client|scopes") == nil)
        #expect(try tokens.token(store: "shop-b", key: "idp|sb_a|client|scopes") == nil)
    }

    @Test func aNewTokenReplacesTheOldOneAndRemoveForgetsIt() throws {
        let tokens = SmaregiTokenRepository(database: try StoreFixtures.makeDatabase(withStores: ["shop-a"]))
        let expiry = StoreFixtures.referenceDate.addingTimeInterval(3600)
        try tokens.save(store: "shop-a", key: "k1", accessToken: "old", expiresAt: expiry, at: Date())

        try tokens.save(
            store: "shop-a",
            key: "k2",
            accessToken: "new",
            expiresAt: expiry.addingTimeInterval(60),
            at: Date()
        )

        #expect(try tokens.token(store: "shop-a", key: "k1") == nil)
        #expect(try tokens.token(store: "shop-a", key: "k2")?.accessToken == "new")
        try tokens.remove(store: "shop-a")
        #expect(try tokens.token(store: "shop-a", key: "k2") == nil)
    }

    @Test func aRemovedStoreTakesItsTokenAlongAndAnUnknownStoreIsIgnored() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let tokens = SmaregiTokenRepository(database: database)
        try tokens.save(store: "shop-a", key: "k", accessToken: "t", expiresAt: StoreFixtures.referenceDate, at: Date())
        try tokens.save(store: "ghost", key: "k", accessToken: "t", expiresAt: StoreFixtures.referenceDate, at: Date())

        try StoreRepository(database: database).remove(code: "shop-a")

        #expect(try tokens.token(store: "shop-a", key: "k") == nil)
        #expect(try tokens.token(store: "ghost", key: "k") == nil)
    }
}
