import * as assert from 'node:assert/strict';
import type { CatalogEntry, Registry } from '../../../src/core/catalog/schema';
import { EntryMatcher, oneIsMadeForTheOther } from '../../../src/core/catalog/relations';
import { makeEntry } from './entryBuilder';

const entry = (id: string, name: string, packages: string[], summary = `${name} in one sentence.`, registry: Registry = 'pypi'): CatalogEntry =>
    makeEntry({ id, name, summary, ecosystem: registry === 'npm' ? 'javascript' : registry === 'pypi' ? 'python' : 'ruby', packages: packages.map((pkg) => ({ registry, name: pkg })) });

describe('telling what a library is made for', () => {
    const flask = new EntryMatcher(entry('flask', 'Flask', ['Flask']));
    const django = new EntryMatcher(entry('django', 'Django', ['Django']));
    const rails = new EntryMatcher(entry('rails', 'Ruby on Rails', ['rails', 'railties'], undefined, 'rubygems'));
    const nest = new EntryMatcher(entry('nestjs', 'NestJS', ['@nestjs/core', '@nestjs/common'], undefined, 'npm'));
    const express = new EntryMatcher(entry('express', 'Express', ['express'], undefined, 'npm'));

    it('reads a package name built on the target\'s', () => {
        assert.ok(flask.matches(entry('flask-login', 'Flask-Login', ['Flask-Login'])));
        assert.ok(django.matches(entry('graphene-django', 'Graphene-Django', ['graphene-django'])));
        assert.ok(rails.matches(entry('rspec-rails', 'rspec-rails', ['rspec-rails'], undefined, 'rubygems')));
        assert.ok(express.matches(entry('express-session', 'express-session', ['express-session'], undefined, 'npm')));
    });

    it('reads a shared npm scope', () => {
        assert.ok(nest.matches(entry('nest-mongoose', 'Nest Mongoose', ['@nestjs/mongoose'], undefined, 'npm')));
    });

    it('reads the target named in the library\'s name or summary, including a shorter name it goes by', () => {
        assert.ok(django.matches(entry('channels', 'Django Channels', ['channels'])));
        assert.ok(rails.matches(entry('devise', 'Devise', ['devise'], 'A full authentication solution for Rails built on Warden.', 'rubygems')));
        assert.ok(rails.matches(entry('activerecord', 'Active Record', ['activerecord'], 'The object-relational mapper of Ruby on Rails.', 'rubygems')));
    });

    it('does not take a comparison for a dependency', () => {
        const flake8 = new EntryMatcher(entry('flake8', 'Flake8', ['flake8']));
        assert.ok(!flake8.matches(entry('ruff', 'Ruff', ['ruff'], 'A fast linter replacing Flake8, isort and Black in one tool.')));
        assert.ok(!django.matches(entry('fastapi-thing', 'Thing', ['thing'], 'An API layer unlike Django.')));
        assert.ok(!flask.matches(entry('bottle-like', 'Tiny', ['tiny'], 'A micro-framework modelled on Flask.')));
        const restplus = new EntryMatcher(entry('flask-restplus', 'Flask-RESTPlus', ['flask-restplus']));
        assert.ok(!restplus.matches(entry('flask-restx', 'Flask-RESTX', ['flask-restx'], 'A community fork of Flask-RESTPlus for building REST APIs.')));
        const fastapi = new EntryMatcher(entry('fastapi', 'FastAPI', ['fastapi']));
        const ninja = entry('django-ninja', 'Django Ninja', ['django-ninja'], 'A FastAPI-style API layer for Django.');
        assert.ok(!fastapi.matches(ninja), 'a model it imitates is not its host');
        assert.ok(django.matches(ninja));
    });

    it('takes a declared extends as made for its host, whatever the names say', () => {
        const addon = makeEntry({ id: 'tiny-addon', name: 'Tiny add-on', ecosystem: 'python', packages: [{ registry: 'pypi', name: 'tiny-addon' }], extends: ['flask'] });
        assert.ok(flask.matches(addon));
        assert.ok(!django.matches(addon));
    });

    it('ignores prose in lower case, itself, and other ecosystems', () => {
        assert.ok(!express.matches(entry('router', 'Router', ['router'], 'Routes requests to handlers, as express routes do.', 'npm')));
        assert.ok(!flask.matches(entry('flask', 'Flask', ['Flask'])));
        assert.ok(!rails.matches(entry('sails', 'Sails.js', ['sails'], 'An MVC framework for Node.js built like Ruby on Rails.', 'npm')));
    });

    it('relates a plugin and its host in either order', () => {
        const sqlalchemy = entry('sqlalchemy', 'SQLAlchemy', ['SQLAlchemy']);
        const plugin = entry('flask-sqlalchemy', 'Flask-SQLAlchemy', ['Flask-SQLAlchemy']);
        assert.ok(oneIsMadeForTheOther(sqlalchemy, plugin));
        assert.ok(oneIsMadeForTheOther(plugin, sqlalchemy));
        assert.ok(!oneIsMadeForTheOther(sqlalchemy, entry('peewee', 'peewee', ['peewee'])));
    });
});
