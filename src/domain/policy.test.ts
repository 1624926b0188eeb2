import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import {
  ANONYMOUS_ACTOR, EVERYWHERE, POLICY, SYSTEM_ACTOR, can, inScope, isRootPath, outermost, permissionsOf, scopeOf, type Actor, type Grant, scopesOf,
  selfAndAncestorPaths, unitIdsOfPath,
} from './policy.ts'
import { ACTIONS, RESOURCES, ROLES, type Role } from '../shared/enums.ts'

const user = (...grants: [Role, string][]): Actor => ({
  kind: 'user', userId: 'u1', username: 'nguoi-dung', via: 'session',
  grants: grants.map(([role, unitPath], i) => ({ role, unitId: `unit-${i}`, unitPath })),
})

describe('outermost()', () => {
  it('drops paths inside another path, and duplicates', () => {
    assert.deepEqual(outermost(['/hp/hb/kdc01/', '/hp/hb/', '/hp/hb/', '/hn/']).sort(), ['/hn/', '/hp/hb/'])
    assert.deepEqual(outermost([]), [])
  })
  it('a sibling whose id starts like another is not inside it ("/a/" does not contain "/ab/")', () => {
    assert.deepEqual(outermost(['/a/', '/ab/', '/a/b/']).sort(), ['/a/', '/ab/'])
  })
})

describe('inScope() and isRootPath()', () => {
  it('a path is in scope when it lies under one of the scope paths', () => {
    assert.equal(inScope(['/hp/hb/'], '/hp/hb/'), true)
    assert.equal(inScope(['/hp/hb/'], '/hp/hb/kdc01/'), true)
    assert.equal(inScope(['/hp/hb/'], '/hp/'), false)
    assert.equal(inScope(['/hp/hb/'], '/hp/hbx/'), false)
    assert.equal(inScope([], '/hp/'), false)
    assert.equal(inScope([EVERYWHERE], '/anything/at/all/'), true)
  })
  it('records without a unit belong to root scope only', () => {
    assert.equal(inScope(['/hp/'], null), true)
    assert.equal(inScope([EVERYWHERE], undefined), true)
    assert.equal(inScope(['/hp/hb/'], null), false)
    assert.equal(inScope([], null), false)
    assert.deepEqual(['/', '/hp/', '/hp/hb/', ''].map(isRootPath), [true, true, false, false])
  })
})

describe('scopeOf()', () => {
  const HB = '/hp/hb/'
  for (const role of ROLES) {
    it(`${role} at HB reaches HB's subtree exactly where POLICY allows it`, () => {
      const actor = user([role, HB])
      for (const r of RESOURCES) for (const a of ACTIONS) {
        const allowed = (POLICY[r][a] ?? []).includes(role)
        assert.deepEqual(scopeOf(actor, a, r), allowed ? [HB] : [], `${role} ${r}.${a}`)
        assert.equal(can(actor, a, r), allowed)
        assert.equal(can(actor, a, r, '/hp/hb/kdc01/'), allowed)
        assert.equal(can(actor, a, r, '/hp/'), false, 'never above the grant')
        assert.equal(can(actor, a, r, '/hp/hn/'), false, 'never beside the grant')
      }
      assert.deepEqual(permissionsOf(actor).unit, ACTIONS.filter((a) => (POLICY.unit[a] ?? []).includes(role)))
    })
  }

  it('the system actor reaches everywhere; an anonymous request and a user without roles reach nothing', () => {
    for (const r of RESOURCES) for (const a of ACTIONS) {
      assert.deepEqual(scopeOf(SYSTEM_ACTOR, a, r), [EVERYWHERE])
      assert.deepEqual(scopeOf(ANONYMOUS_ACTOR, a, r), [])
      assert.deepEqual(scopeOf(user(), a, r), [])
      assert.equal(can(ANONYMOUS_ACTOR, a, r, null), false)
    }
  })

  it('several grants combine, nested ones collapse into the outer one', () => {
    const actor = user(['admin', '/hp/'], ['focal', '/hp/hb/'], ['viewer', '/hn/'], ['collaborator', '/hp/hb/kdc01/'])
    assert.deepEqual(scopeOf(actor, 'update', 'unit'), ['/hp/'])
    assert.deepEqual(scopeOf(actor, 'read', 'unit').sort(), ['/hn/', '/hp/'])
    assert.deepEqual(scopeOf(actor, 'read', 'audit'), ['/hp/'])
    assert.deepEqual(scopeOf(user(['collaborator', '/hp/hb/kdc01/'], ['viewer', '/hp/hb/kdc02/']), 'read', 'unit').sort(), ['/hp/hb/kdc01/', '/hp/hb/kdc02/'])
  })
})

// unit paths from a small alphabet, so that prefixes such as "/a/" and "/ab/" meet often
const segment = fc.constantFrom('a', 'b', 'ab', 'c')
const unitPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}/`)
const grant: fc.Arbitrary<Grant> = fc.record({ role: fc.constantFrom(...ROLES), unitId: fc.constant('x'), unitPath })
const actorArb: fc.Arbitrary<Actor> = fc.array(grant, { maxLength: 6 }).map((grants) => ({ kind: 'user', userId: 'u', username: 'u', via: 'session', grants }))
const actionArb = fc.constantFrom(...ACTIONS)
const resourceArb = fc.constantFrom(...RESOURCES)

describe('scopeOf() properties', () => {
  it('never returns a path outside the grants whose role the policy allows', () => {
    fc.assert(fc.property(actorArb, actionArb, resourceArb, (actor, action, resource) => {
      const allowed = POLICY[resource][action] ?? []
      const granted = actor.grants.filter((g) => allowed.includes(g.role)).map((g) => g.unitPath)
      const scope = scopeOf(actor, action, resource)
      for (const p of scope) assert.ok(granted.includes(p), `${p} is not a granted path`)
      // …yet loses none of them: every allowed grant lies inside the scope
      for (const p of granted) assert.ok(inScope(scope, p), `${p} fell out of the scope`)
      // and no scope path lies inside another
      for (const p of scope) for (const q of scope) if (p !== q) assert.ok(!p.startsWith(q))
    }))
  })

  it('can() at a unit holds exactly when an allowed grant lies above or at it', () => {
    fc.assert(fc.property(actorArb, actionArb, resourceArb, unitPath, (actor, action, resource, path) => {
      const allowed = POLICY[resource][action] ?? []
      const expected = actor.grants.some((g) => allowed.includes(g.role) && path.startsWith(g.unitPath))
      assert.equal(can(actor, action, resource, path), expected)
    }))
  })

  it('outermost() is idempotent and keeps every input covered', () => {
    fc.assert(fc.property(fc.array(unitPath, { maxLength: 8 }), (paths) => {
      const kept = outermost(paths)
      assert.deepEqual(outermost(kept), kept)
      for (const p of paths) assert.ok(kept.some((k) => p.startsWith(k)))
    }))
  })
})

describe('scopesOf()', () => {
  it('gives, per resource and action, the paths scopeOf gives, and omits what the actor may not do', () => {
    const focal = user(['focal', '/hp/hb/'], ['viewer', '/hp/hb/kdc01/'])
    const scopes = scopesOf(focal)
    for (const r of RESOURCES)
      for (const a of ACTIONS) assert.deepEqual(scopes[r][a], scopeOf(focal, a, r).length ? scopeOf(focal, a, r) : undefined, `${r}.${a}`)
    assert.deepEqual(scopes.unit.create, ['/hp/hb/'])
    assert.equal(scopes.user.create, undefined)
  })
})

it('the units of a path, and the paths of a unit and those above it', () => {
  assert.deepEqual(unitIdsOfPath('/a/b/c/'), ['a', 'b', 'c'])
  assert.deepEqual(unitIdsOfPath(EVERYWHERE), [])
  assert.deepEqual(selfAndAncestorPaths('/a/b/c/'), ['/a/', '/a/b/', '/a/b/c/'])
  assert.deepEqual(selfAndAncestorPaths(EVERYWHERE), [])
})
