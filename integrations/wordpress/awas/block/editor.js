/**
 * Block editor UI of the "Awas" block (awas/widget), without a build step: plain ES2017 on the editor's globals
 * (wp.blocks, wp.element, wp.components, wp.blockEditor, wp.serverSideRender).
 * The block is dynamic: the preview and the page come from the same PHP renderer as the [awas] shortcode.
 * window.awasBlock (printed by the plugin before this file) lists the widgets, their attributes and choices, and the
 * words in the admin's language (the embed builder's own, src/i18n/locales: editor and blockEditor).
 */
/* global window */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var components = wp.components;
	var blockEditor = wp.blockEditor;
	var ServerSideRender = wp.serverSideRender;

	var words = config.words;
	// The attribute name stays visible beside its label, so the README reference and guides match.
	function label( name, widget ) {
		var option = ( words.widgets[ widget ] && words.widgets[ widget ].options[ name ] ) || null;
		return ( ( option && option.label ) || words.frame[ name ] || name ) + ' (' + name + ')';
	}
	function valueName( widget, name, value ) {
		var option = ( words.widgets[ widget ] && words.widgets[ widget ].options[ name ] ) || null;
		if ( name === 'lang' ) {
			return config.langNames[ value ] || value;
		}
		return ( option && option.values && option.values[ value ] ) || value;
	}
	// Shown first: the language and the options the embed builder offers for the widget (its OPTIONS); the rest
	// (theme, own content, …) are under "advanced".
	function isMain( widget, name ) {
		return name === 'lang' || Boolean( words.widgets[ widget ] && words.widgets[ widget ].options[ name ] );
	}

	function control( widget, name, spec, value, set ) {
		var choices = ( config.choices[ widget ] || {} )[ name ];
		var ids = ( config.knownIds[ widget ] || {} )[ name ];
		var help = ids ? spec.description + ' ' + words.frame.knownIds.replace( '{ids}', ids.join( ', ' ) ) : spec.description;
		var common = { key: name, label: label( name, widget ), help: help, __nextHasNoMarginBottom: true };
		if ( spec.type === 'boolean' ) {
			return el( components.ToggleControl, Object.assign( common, { checked: value === true, onChange: function ( v ) { set( name, v ? true : undefined ); } } ) );
		}
		if ( choices ) {
			var options = [ { label: words.frame.byDefault, value: '' } ].concat( choices.map( function ( c ) { return { label: valueName( widget, name, c ), value: c }; } ) );
			return el( components.SelectControl, Object.assign( common, { value: value || '', options: options, onChange: function ( v ) { set( name, v || undefined ); } } ) );
		}
		return el( components.TextControl, Object.assign( common, { value: value || '', onChange: function ( v ) { set( name, v === '' ? undefined : v ); } } ) );
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var widget = config.widgets[ attributes.widget ] ? attributes.widget : 'hotline-card';
		var spec = config.widgets[ widget ].attributes;
		var names = Object.keys( spec );

		function set( name, value ) {
			var change = {};
			change[ name ] = value;
			props.setAttributes( change );
		}
		function chooseWidget( next ) {
			// Clear values the new widget does not have, so the saved block only says what it uses.
			var change = { widget: next };
			Object.keys( attributes ).forEach( function ( name ) {
				if ( name !== 'widget' && name !== 'className' && ! config.widgets[ next ].attributes[ name ] ) {
					change[ name ] = undefined;
				}
			} );
			props.setAttributes( change );
		}
		var renderAttributes = { widget: widget };
		names.forEach( function ( name ) {
			if ( attributes[ name ] !== undefined ) {
				renderAttributes[ name ] = attributes[ name ];
			}
		} );
		var main = names.filter( function ( n ) { return isMain( widget, n ); } );
		var advanced = names.filter( function ( n ) { return ! isMain( widget, n ); } );

		return el(
			Fragment,
			null,
			el(
				blockEditor.InspectorControls,
				null,
				el(
					components.PanelBody,
					{ title: words.frame.panel, initialOpen: true },
					el( components.SelectControl, {
						label: label( 'widget', widget ),
						value: widget,
						options: Object.keys( config.widgets ).map( function ( w ) { return { label: words.widgets[ w ] ? words.widgets[ w ].name + ' (' + w + ')' : w, value: w }; } ),
						onChange: chooseWidget,
						help: config.widgets[ widget ].summary,
						__nextHasNoMarginBottom: true,
					} ),
					main.map( function ( n ) { return control( widget, n, spec[ n ], attributes[ n ], set ); } )
				),
				el(
					components.PanelBody,
					{ title: words.frame.advanced, initialOpen: false },
					advanced.map( function ( n ) { return control( widget, n, spec[ n ], attributes[ n ], set ); } )
				)
			),
			el(
				'div',
				blockEditor.useBlockProps(),
				// Disabled: links and buttons in the preview do not react inside the editor.
				el( components.Disabled, null, el( ServerSideRender, { block: 'awas/widget', attributes: renderAttributes } ) )
			)
		);
	}

	wp.blocks.registerBlockType( 'awas/widget', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.awasBlock );
